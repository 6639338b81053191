# expect: clean
"""Line OCR with CTC whose modes are switched by a coroutine driven with `.send()`: each epoch sends
"eval" for a greedy preview and "train" before the updates, so every backward runs in training mode."""
import torch
import torch.nn as nn

from modes import mode_switcher, primed


class LineReader(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(8, 10, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(20, 12)

    def forward(self, img):
        return self.fc(self.rnn(img)[0]).log_softmax(-1)


torch.manual_seed(0)
model = LineReader()
modes = primed(mode_switcher(model))
ctc = nn.CTCLoss(blank=0)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(2):
    modes.send("eval")
    with torch.no_grad():
        print("preview", model(torch.rand(1, 16, 8)).argmax(-1)[0, :6].tolist())
    modes.send("train")
    logp = model(torch.rand(3, 16, 8)).transpose(0, 1)
    loss = ctc(logp, torch.randint(1, 12, (3, 5)), torch.full((3,), 16), torch.full((3,), 5))
    opt.zero_grad()
    loss.backward()
    opt.step()
