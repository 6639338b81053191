# expect: clean
"""The class decorator and the class in a subpackage (kit/training/), re-exported by kit/__init__.py: the
decorator's wrapper of Fitter.fit puts the model back in train mode before it calls the original fit."""
import torch
import torch.nn as nn

from kit import Fitter


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(30, 8)
        self.gru = nn.GRU(8, 8, batch_first=True)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc(self.gru(self.emb(x))[0][:, -1])


torch.manual_seed(0)
batches = [(torch.randint(0, 30, (4, 6)), torch.randint(0, 3, (4,))) for _ in range(2)]
print("final", Fitter(Classifier()).fit(batches, epochs=2))
