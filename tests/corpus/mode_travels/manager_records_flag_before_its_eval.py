# expect: clean
"""A validation context manager that puts the model back as it was: it reads the flag before switching
(`self.prev = self.model.training`, True in the training loop), so __exit__ restores train mode and the next
training step runs the LSTM in train mode. The near miss of reading `self.model.eval().training`."""
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
        self.prev = self.model.training
        self.model.eval()
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
    loss.backward()
    opt.step()
    if step % 2 == 0:
        with Validating(model), torch.no_grad():
            print(step, nn.functional.mse_loss(model(mel), target).item())
