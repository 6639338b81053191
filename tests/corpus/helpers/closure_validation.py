# expect: crash
"""main() defines a nested run_validation() that captures the model from the enclosing scope."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.fc = nn.Linear(6, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


def main():
    torch.manual_seed(0)
    model = Net()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)

    def run_validation():
        model.eval()
        with torch.no_grad():
            return model(torch.randn(2, 5, 3)).argmax(-1).tolist()

    for epoch in range(2):
        x, y = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(epoch, run_validation())


main()
