"""Where the per-article pipeline runs: this process, a local process pool, or Ray.

`local.pipe_parallel` spreads documents over worker processes on one machine (the `--workers`
of `parley extract`); `ray_engine.extract_with_ray` runs the same per-article pipeline through
Ray Data, on a local Ray or a cluster. Both hand the documents back to `build_record`, so the
record is the same whichever engine made it.
"""
