# expect: crash
"""Dance-move forecasting with evolve'd run states; the preview rebinds `state` itself, so the
next epoch applies training=False before its forward."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from dance import RunState, apply_state, evolve  # noqa: E402
from dance.nets import PoseLSTM  # noqa: E402


def main():
    torch.manual_seed(0)
    model = PoseLSTM()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    state = RunState(training=True, lr=1e-2)
    poses, target = torch.randn(3, 8, 12), torch.randn(3, 12)
    for epoch in range(2):
        apply_state(model, state)
        loss = (model(poses) - target).pow(2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        state = evolve(state, training=False, lr=state.lr * 0.5)
        apply_state(model, state)
        with torch.no_grad():
            print(epoch, loss.item(), model(poses[:1]).norm().item())


if __name__ == "__main__":
    main()
