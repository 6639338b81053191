# expect: crash
"""REINFORCE with a learned baseline for a nail-heading press; phases come from a
YAML-like plan."""
from forge import Engine, parse_plan

if __name__ == "__main__":
    Engine(parse_plan()).run()
