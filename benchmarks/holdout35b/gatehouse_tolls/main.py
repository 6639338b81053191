# expect: crash
"""Gatehouse toll forecasting: an Engine with event handlers registered by decorator."""
import torch

from gatehouse import Engine, Events, build_model, toll_batches
from gatehouse.handlers import attach_reporting

torch.manual_seed(12)

model = build_model(hidden=8)
opt = torch.optim.Adam(model.parameters(), lr=1e-2)


def update(engine, batch):
    x, y = batch
    pred = model(x)
    loss = torch.nn.functional.mse_loss(pred, y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


trainer = Engine(update)


@trainer.on(Events.STARTED)
def set_train_mode(engine):
    model.train()


attach_reporting(trainer, model, toll_batches(8, seed=99))

trainer.run(toll_batches(24), max_epochs=3)
print(trainer.state.metrics)
