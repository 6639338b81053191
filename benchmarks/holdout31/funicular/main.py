# expect: clean
"""Funicular railway: predict haul-cable tension peaks from car load,
gradient profile and winch speed. After training, a saliency report shows
which part of the run drives the peak. The entry script only calls run()."""
from funi import run

if __name__ == "__main__":
    print(run(epochs=3, hidden=8, seed=53))
