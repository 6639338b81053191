# expect: crash
"""Patient-specific fine-tuning of a population seizure forecaster (lazy package API)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import torch  # noqa: E402
import seizure  # noqa: E402


def main():
    torch.manual_seed(3)
    model = seizure.pretrained("population-lstm")
    trainer = seizure.PatientTrainer(model, lr=1e-3)
    for epoch in range(2):
        print("epoch", epoch, trainer.epoch(seizure.synthetic_patient(n=6)))


if __name__ == "__main__":
    main()
