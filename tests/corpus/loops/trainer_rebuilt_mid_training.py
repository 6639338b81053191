# expect: clean
# Each epoch starts with trainer.train(); at a stage boundary the loop replaces its trainer with
# one around a rebuilt model (stanza's constituency parser_training.iterate_training). Whichever
# trainer the name holds is the one put back in train mode, so the eval of run_dev_set() never
# reaches the next epoch's backward.
import torch
import torch.nn as nn


class Parser(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.LSTM(4, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 3)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])


class Trainer:
    def __init__(self, model, optimizer=None, epochs_trained=0, best_f1=0.0):
        self.model = model
        self.optimizer = optimizer
        self.epochs_trained = epochs_trained
        self.best_f1 = best_f1

    def train(self):
        return self.model.train()

    @staticmethod
    def build(hidden):
        model = Parser(hidden)
        return Trainer(model, torch.optim.SGD(model.parameters(), lr=0.1))


def run_dev_set(model, x):
    model.eval()
    with torch.no_grad():
        return model(x).softmax(-1).max().item()


def train_one_epoch(trainer, x, y):
    loss = nn.functional.cross_entropy(trainer.model(x), y)
    trainer.optimizer.zero_grad()
    loss.backward()
    trainer.optimizer.step()


def iterate_training(trainer, x, y, epochs, stages):
    for trainer.epochs_trained in range(trainer.epochs_trained + 1, epochs + 1):
        trainer.train()
        train_one_epoch(trainer, x, y)
        f1 = run_dev_set(trainer.model, x)
        trainer.best_f1 = max(trainer.best_f1, f1)
        if trainer.epochs_trained in stages:
            epochs_trained, best_f1 = trainer.epochs_trained, trainer.best_f1
            new_model = Parser(trainer.model.hidden * 2)
            optimizer = torch.optim.SGD(new_model.parameters(), lr=0.05)
            trainer = Trainer(new_model, optimizer, epochs_trained, best_f1)
    return trainer


x, y = torch.randn(4, 6, 4), torch.randint(0, 3, (4,))
final = iterate_training(Trainer.build(8), x, y, epochs=5, stages={2, 4})
print(final.epochs_trained, round(final.best_f1, 3))
