# expect: crash
"""Lavender distillery: predict essential-oil yield per still run from the
steam-temperature and condenser-flow curve. Hooks are looked up by name in a
registry filled by a decorator.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "src"))

import stillroom  # noqa: E402


def main():
    trainer = stillroom.Trainer(stillroom.YieldNet(hidden=8), epochs=2,
                                hooks=["history", "steam_saliency"])
    trainer.fit()
    print("saliency maxima:", trainer.state.extras.get("saliency"))


if __name__ == "__main__":
    main()
