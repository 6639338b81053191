# expect: clean
"""Sentence classifier trained by a config-driven trainer whose callbacks come from a registry."""
import torch
import torch.nn as nn

from trainer import Trainer

torch.manual_seed(4)


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 9, batch_first=True)
        self.head = nn.Linear(9, 3)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


config = {"callbacks": ["print_loss", "dev_accuracy"], "epochs": 2}
batches = [(torch.randn(4, 6, 5), torch.randint(0, 3, (4,))) for _ in range(2)]
dev = (torch.randn(4, 6, 5), torch.randint(0, 3, (4,)))
model = Classifier()
trainer = Trainer(config["callbacks"], epochs=config["epochs"])
trainer.fit(model, torch.optim.SGD(model.parameters(), lr=0.1), batches, dev)
