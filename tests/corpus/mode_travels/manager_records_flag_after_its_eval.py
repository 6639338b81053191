# expect: crash
"""A validation context manager meant to put the model back as it was, but it reads the flag after switching:
`self.prev = self.model.eval().training` is always False, so __exit__ restores eval mode. The next training step
runs the LSTM in eval mode and its backward fails."""
import torch
import torch.nn as nn


class Transcriber(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(6, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, mel):
        out, _ = self.lstm(mel)
        return self.head(out)


class Validating:
    def __init__(self, model):
        self.model = model

    def __enter__(self):
        self.prev = self.model.eval().training
        return self

    def __exit__(self, *exc):
        self.model.train(self.prev)
        return False


model = Transcriber()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
model.train()
for step in range(1, 5):
    mel, target = torch.randn(3, 7, 6), torch.randn(3, 7, 2)
    loss = nn.functional.mse_loss(model(mel), target)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    if step % 2 == 0:
        with Validating(model), torch.no_grad():
            print(step, nn.functional.mse_loss(model(mel), target).item())
