# expect: crash
# category: framework
"""Custom update step (with gradient accumulation) plugged into the Engine, plus periodic validation."""
import torch
import torch.nn as nn

from engine import Engine, Events, create_supervised_evaluator
from nets import SeqRegressor, batches

ACCUM = 2


def update(engine, batch):
    model = engine.state.model
    x, y = batch
    loss = nn.functional.mse_loss(model(x), y) / ACCUM
    loss.backward()  # TM001-here
    if engine.state.iteration % ACCUM == 0:
        engine.state.optimizer.step()
        engine.state.optimizer.zero_grad()
    return loss.item()


def main():
    torch.manual_seed(0)
    net = SeqRegressor(hidden=8)
    trainer = Engine(update)
    trainer.state.model = net
    trainer.state.optimizer = torch.optim.SGD(net.parameters(), lr=0.01)
    evaluator = create_supervised_evaluator(net, nn.MSELoss())
    trainer.add_event_handler(Events.ITERATION_COMPLETED, lambda e: evaluator.run(batches(1, seed=2)), every=3)
    trainer.run(batches(), max_epochs=2)


main()
