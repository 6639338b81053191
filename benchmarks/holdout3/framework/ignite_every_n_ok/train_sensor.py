# expect: clean
# category: framework
"""Sensor activity recognition: process function that sets train mode itself, validation every 3 iterations."""
import torch
from torch import nn

from engine import Engine, Events, create_supervised_evaluator

torch.manual_seed(4)
FEATURES, HIDDEN, ACTIVITIES = 6, 12, 4


class ActivityNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(FEATURES, HIDDEN, num_layers=2, batch_first=True)
        self.out = nn.Linear(HIDDEN, ACTIVITIES)

    def forward(self, x):
        _, (h, _) = self.rnn(x)
        return self.out(h[-1])


net = ActivityNet()
optimizer = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
criterion = nn.CrossEntropyLoss()
clip = 1.0


def train_step(engine, batch):
    net.train()
    x, y = batch
    optimizer.zero_grad()
    loss = criterion(net(x), y)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(net.parameters(), clip)
    optimizer.step()
    return loss.item()


def accuracy(logits, y):
    return (logits.argmax(1) == y).float().mean().item()


trainer = Engine(train_step)
evaluator = create_supervised_evaluator(net, metrics={"acc": accuracy})
train_data = [(torch.randn(5, 10, FEATURES), torch.randint(0, ACTIVITIES, (5,))) for _ in range(6)]
val_data = [(torch.randn(5, 10, FEATURES), torch.randint(0, ACTIVITIES, (5,))) for _ in range(2)]


@trainer.on(Events.ITERATION_COMPLETED, every=3)
def run_validation(engine):
    state = evaluator.run(val_data)
    acc = sum(state.metrics["acc"]) / len(state.metrics["acc"])
    print(f"iter {engine.state.iteration} loss {engine.state.output:.3f} val_acc {acc:.2f}")


@trainer.on(Events.COMPLETED)
def report(engine):
    print("finished after", engine.state.iteration, "iterations")


if __name__ == "__main__":
    trainer.run(train_data, max_epochs=1)
