# expect: crash
"""Fit the kettle-temperature forecaster used by the tar-boiler crew rota.

The engine fires events; the handlers package hooks validation and logging
onto them when it is imported.
"""
import torch

from tarboil import Engine, KettleGRU, make_batches
from tarboil.handlers import install_default_handlers


def main():
    torch.manual_seed(3)
    model = KettleGRU(n_features=5, hidden=12)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    engine = Engine(model, opt, loss_fn=torch.nn.functional.mse_loss)
    install_default_handlers(engine, val_batches=make_batches(2, seed=99))
    engine.run(make_batches(4, seed=1), max_epochs=2)
    print("final loss", round(engine.state["last_loss"], 4))


if __name__ == "__main__":
    main()
