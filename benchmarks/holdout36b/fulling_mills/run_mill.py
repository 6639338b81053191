# expect: crash
"""Fulling-mill stock tension model: predicts cloth shrinkage from hammer-stock vibration.

The engine fires events; the saliency handler logs which time steps the model relies on.
"""
import logging

import torch

from fulling.engine import Engine, Events
from fulling.handlers import attach_saliency_logger
from fulling.model import ShrinkageNet

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")


def make_loader(n_batches, batch=4, steps=7, feats=3):
    return [(torch.randn(batch, steps, feats), torch.rand(batch, 1)) for _ in range(n_batches)]


def main():
    torch.manual_seed(11)
    model = ShrinkageNet(feats=3, hidden=12)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    loss_fn = torch.nn.MSELoss()

    def update(engine, batch):
        model.train()
        x, y = batch
        opt.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        opt.step()
        return loss.item()

    trainer = Engine(update)
    valid = make_loader(2)

    @trainer.on(Events.EPOCH_COMPLETED)
    def log_loss(engine):
        logging.info("epoch %d last loss %.4f", engine.state.epoch, engine.state.output)

    attach_saliency_logger(trainer, model, valid, every=1)
    trainer.run(make_loader(3), max_epochs=2)


if __name__ == "__main__":
    main()
