# expect: clean
"""Chess move prediction: the whole net is put in eval to freeze dropout and BatchNorm in the
value/policy heads during fine-tuning on grandmaster games, then the recurrent trunk alone is
switched back to train (the cuDNN kernel reads the RNN module's own flag)."""
import torch
import torch.nn as nn


class ChessNet(nn.Module):
    def __init__(self, board=16, hidden=8, n_moves=20):
        super().__init__()
        self.trunk = nn.GRU(board, hidden, batch_first=True, num_layers=2, dropout=0.1)
        self.policy = nn.Sequential(nn.BatchNorm1d(hidden), nn.Dropout(0.3), nn.Linear(hidden, n_moves))
        self.value = nn.Sequential(nn.Dropout(0.3), nn.Linear(hidden, 1), nn.Tanh())

    def forward(self, x):
        h, _ = self.trunk(x)
        last = h[:, -1]
        return self.policy(last), self.value(last).squeeze(-1)


def main():
    torch.manual_seed(8)
    net = ChessNet()
    net.eval()
    net.trunk.train()
    opt = torch.optim.SGD(net.parameters(), lr=0.05)
    games, moves, result = torch.randn(6, 5, 16), torch.randint(0, 20, (6,)), torch.rand(6) * 2 - 1
    for step in range(2):
        logits, value = net(games)
        loss = nn.functional.cross_entropy(logits, moves) + nn.functional.mse_loss(value, result)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, loss.item())


if __name__ == "__main__":
    main()
