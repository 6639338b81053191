# expect: crash
"""Catalyst-style experiment: runner.train(loaders=...) with a custom handle_batch.

The custom runner's on_loader_start switches to eval for the valid loader but
never switches back for the next epoch's train loader.
"""
import torch
from torch.utils.data import DataLoader, TensorDataset

from models import get_model
from runner import CustomRunner


def make_loaders(n=16, seq=6, feat=5, bs=4):
    ds = TensorDataset(torch.randn(n, seq, feat), torch.randint(0, 3, (n,)))
    return {"train": DataLoader(ds, batch_size=bs, shuffle=True),
            "valid": DataLoader(ds, batch_size=bs)}


def main():
    torch.manual_seed(0)
    model = get_model("lstm_clf", in_dim=5, hidden=8, n_classes=3)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    runner = CustomRunner()
    runner.train(model=model, criterion=torch.nn.CrossEntropyLoss(), optimizer=optimizer,
                 loaders=make_loaders(), num_epochs=2, verbose=True)
    print("best valid loss", runner.best_valid_metric)


if __name__ == "__main__":
    main()
