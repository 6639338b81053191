# expect: crash
"""The plan comes from the settings module (`from settings import PLAN`); its last phase, "refit", is not in the
engine's table of modes, so it trains with the mode the "score" phase left: eval."""
from engine import Engine
from settings import PLAN

if __name__ == "__main__":
    Engine(PLAN).run()
