"""The inference service's module: the model is built and put in eval mode when the module is imported."""
import torch
import torch.nn as nn


class IntentTagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(6, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])


torch.manual_seed(0)
model = IntentTagger()
model.eval()


def predict(x):
    with torch.no_grad():
        return model(x).argmax(-1)
