# expect: crash
"""A user subclass of nn.LSTM (adds layer norm on the output) is still a cuDNN LSTM."""
import torch
import torch.nn as nn


class NormedLSTM(nn.LSTM):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.norm = nn.LayerNorm(self.hidden_size)

    def forward(self, x, hx=None):
        out, state = super().forward(x, hx)
        return self.norm(out), state


torch.manual_seed(0)
rnn = NormedLSTM(5, 10, batch_first=True)
head = nn.Linear(10, 1)
rnn.eval()
opt = torch.optim.Adam(list(rnn.parameters()) + list(head.parameters()))
x, y = torch.randn(4, 6, 5), torch.randn(4, 1)
out, _ = rnn(x)
loss = nn.functional.mse_loss(head(out[:, -1]), y)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print(loss.item())
