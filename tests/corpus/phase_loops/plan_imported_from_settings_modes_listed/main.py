# expect: clean
"""The plan comes from the settings module (`from settings import PLAN`); every phase it names is in the
engine's table of modes, so "refit" puts the model back in train mode."""
from engine import Engine
from settings import PLAN

if __name__ == "__main__":
    Engine(PLAN).run()
