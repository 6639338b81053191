# expect: crash
"""Flint knapping: strike-force sequences -> flake type. Trainer with hooks."""
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
from knap import FlakeTrainer, build_model

if __name__ == "__main__":
    torch_model = build_model(hidden=8)
    FlakeTrainer(torch_model, epochs=2).fit()
