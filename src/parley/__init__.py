"""parley: news reports of diplomacy in, a trustworthy event record out."""
__version__ = "0.1.0"
