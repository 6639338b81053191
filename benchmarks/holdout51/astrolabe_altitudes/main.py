# expect: crash
"""Astrolabe: predict a star's altitude at the next sighting from a night of earlier sightings."""
import torch

from astro.trainer import SightingTrainer


def main():
    torch.manual_seed(13)
    trainer = SightingTrainer(hidden=8, lr=5e-3)
    report = trainer.fit(epochs=3)
    print("val mse per epoch", [round(v, 4) for v in report])


if __name__ == "__main__":
    main()
