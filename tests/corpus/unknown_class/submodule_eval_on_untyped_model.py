# expect: crash
"""Fine-tuning helper that keeps a submodule's statistics fixed: it puts the whole model in training mode,
then the encoder back in eval mode. The helper never learns the model's class; the encoder it names is the
one holding the LSTM, so the backward runs through an eval-mode LSTM."""
import torch
from torch import nn


class Recogniser(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.LSTM(4, 8, batch_first=True)
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(8, 5)

    def forward(self, x):
        return self.head(self.dropout(self.encoder(x)[0][:, -1]))


def fine_tune(model, batches):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    model.train()
    model.encoder.eval()
    for x, y in batches:
        loss = nn.functional.cross_entropy(model(x), y)
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()


fine_tune(Recogniser(), [(torch.randn(3, 6, 4), torch.tensor([1, 0, 4]))])
print("done")
