# expect: crash
"""DanQ: conv + BiLSTM over one-hot DNA. Dropout is switched off with train(False)."""
import torch
import torch.nn as nn


def one_hot_dna(n, length):
    idx = torch.randint(0, 4, (n, length))
    return nn.functional.one_hot(idx, 4).float().transpose(1, 2)


class DanQ(nn.Module):
    def __init__(self, n_targets=5, hidden=8):
        super().__init__()
        self.conv = nn.Conv1d(4, 8, kernel_size=5)
        self.pool = nn.MaxPool1d(2)
        self.drop = nn.Dropout(0.2)
        self.bilstm = nn.LSTM(8, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_targets)

    def forward(self, x):
        h = self.drop(self.pool(torch.relu(self.conv(x)))).transpose(1, 2)
        h, _ = self.bilstm(h)
        return self.fc(h.mean(1))


def main():
    torch.manual_seed(5)
    model = DanQ()
    opt = torch.optim.RMSprop(model.parameters(), lr=1e-3)
    x, y = one_hot_dna(6, 30), (torch.rand(6, 5) > 0.5).float()
    # freeze dropout for a deterministic fine-tune pass
    model.train(False)
    for _ in range(2):
        opt.zero_grad()
        loss = nn.functional.binary_cross_entropy_with_logits(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    print("loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
