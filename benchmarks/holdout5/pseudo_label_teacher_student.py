# expect: clean
# category: script
"""Pseudo-labelling for keyword spotting: a frozen GRU teacher (eval, no_grad) labels unlabelled
audio features; a fresh student LSTM trains on them."""
import torch
import torch.nn as nn

torch.manual_seed(27)


class KWSNet(nn.Module):
    def __init__(self, rnn_cls, hidden=12, n_words=6):
        super().__init__()
        self.rnn = rnn_cls(10, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_words)

    def forward(self, mfcc):
        seq, _ = self.rnn(mfcc)
        return self.out(seq[:, -1])


teacher = KWSNet(nn.GRU)
t_opt = torch.optim.Adam(teacher.parameters(), lr=1e-3)
for _ in range(3):
    x, y = torch.randn(8, 12, 10), torch.randint(0, 6, (8,))
    loss = nn.functional.cross_entropy(teacher(x), y)
    t_opt.zero_grad(); loss.backward(); t_opt.step()

teacher.eval()
student = KWSNet(nn.LSTM, hidden=16)
s_opt = torch.optim.Adam(student.parameters(), lr=1e-3)
T = 2.0
for epoch in range(2):
    student.train()
    for _ in range(3):
        clips = torch.randn(8, 12, 10)
        with torch.no_grad():
            soft_targets = (teacher(clips) / T).softmax(1)
        loss = nn.functional.kl_div((student(clips) / T).log_softmax(1), soft_targets, reduction="batchmean")
        s_opt.zero_grad()
        loss.backward()
        s_opt.step()
    print(f"epoch {epoch}: distillation loss {loss.item():.4f}")
