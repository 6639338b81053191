# expect: crash
"""Peat-bog water-table classifier (peatman field stations).
Trains a GRU classifier and logs gradient*input relevance after every validation pass."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from peatbog import BogClassifier, RelevanceTrainer, make_station_data  # noqa: E402


def main():
    torch.manual_seed(7)
    data = make_station_data(n_batches=3, batch=4, seq=6, feat=3)
    model = BogClassifier(feat=3, hidden=8, classes=3)
    trainer = RelevanceTrainer(model, lr=0.02, max_epochs=2)
    history = trainer.fit(data["train"], data["val"])
    for row in history:
        print(row)


if __name__ == "__main__":
    main()
