# expect: clean
"""Cobble paving: forecast settlement (mm) of a setts course from weekly load and rainfall.
Early stopping keeps the best checkpoint; a short second stage continues from it with
the winter data."""
import shutil
import tempfile

import torch

from paving.model import SettlementGRU
from paving.checkpoint import BestKeeper
from paving.phases import train_epoch, evaluate, weekly

if __name__ == "__main__":
    torch.manual_seed(17)
    workdir = tempfile.mkdtemp(prefix="paving_")
    try:
        model = SettlementGRU(hidden=10)
        opt = torch.optim.Adam(model.parameters(), lr=4e-3)
        keeper = BestKeeper(workdir)
        for epoch in range(3):
            tr = train_epoch(model, opt, weekly(3, seed=epoch))
            va = evaluate(model, weekly(2, seed=100))
            keeper.update(model, va)
            print(f"epoch {epoch} train {tr:.4f} val {va:.4f}")
        model.train()
        model = keeper.restore()
        winter_opt = torch.optim.SGD(model.parameters(), lr=1e-2)
        tr = train_epoch(model, winter_opt, weekly(2, seed=200, rain=2.0), set_mode=False)
        print(f"winter stage train {tr:.4f} (best val {keeper.best:.4f})")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
