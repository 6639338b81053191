# expect: crash
"""tanner: hide-grade classifier from tanning-pit sensor logs."""
import torch
import torch.nn.functional as F

from tanner.tools.common import *
from tanner.tools.serving import *
from tanner import PitLSTM


def main():
    torch.manual_seed(13)
    model = PitLSTM()
    prepare(model)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(6, 8, 3), torch.randint(0, 4, (6,))
    for epoch in range(2):
        opt.zero_grad()
        loss = F.cross_entropy(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        print("epoch", epoch, round(loss.item(), 4))
    server = GradeServer(model)
    print(server.grade(x[:2]))


if __name__ == "__main__":
    main()
