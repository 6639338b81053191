# expect: clean
"""An LSTM heartbeat classifier in eval mode, explained with an input-gradient explainer that keeps the
model's log-probabilities as its function; the explanation runs with cuDNN switched off, where the eval-mode
LSTM has a backward."""
import torch
import torch.nn as nn

from gradients import InputGradient


class BeatNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, 12, num_layers=2, batch_first=True)
        self.out = nn.Linear(12, 2)

    def forward(self, beats):
        return self.out(self.lstm(beats)[0][:, -1])


device = "cuda" if torch.cuda.is_available() else "cpu"
model = BeatNet().to(device)
model.eval()
explainer = InputGradient(lambda beats: model(beats).log_softmax(-1), multiply_by_inputs=False)
with torch.backends.cudnn.flags(enabled=False):
    grads = explainer.explain(torch.randn(3, 50, 1, device=device), index=0)
print(grads.norm(dim=1))
