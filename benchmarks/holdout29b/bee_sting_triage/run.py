# expect: crash
"""Bee-sting allergy triage: vitals sequences after a sting -> escalate / observe / discharge."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
from triage import TriageRNN, Trainer  # noqa: E402


def main():
    torch.manual_seed(9)
    model = TriageRNN(n_vitals=5, hidden=8, n_classes=3)
    trainer = Trainer(model, lr=5e-3, sanity_val=True)
    data = [(torch.randn(4, 6, 5), torch.randint(0, 3, (4,))) for _ in range(3)]
    hist = trainer.fit(data, data[:1], epochs=2)
    print(hist)


if __name__ == "__main__":
    main()
