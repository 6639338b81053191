# expect: clean
"""Dance-move forecasting with an attrs-style immutable run state and `evolve`. The preview
builds an evaluation state with evolve(..., training=False) but applies it to a *copy* of the
state variable; the loop keeps applying the original state, which still says training=True."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from dance import RunState, apply_state, evolve  # noqa: E402
from dance.nets import PoseGRU  # noqa: E402


def main():
    torch.manual_seed(0)
    model = PoseGRU()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    state = RunState(training=True, lr=1e-2)
    poses, target = torch.randn(3, 8, 12), torch.randn(3, 12)
    for epoch in range(2):
        apply_state(model, state)
        loss = (model(poses) - target).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        preview = evolve(state, training=False)
        apply_state(model, preview)
        with torch.no_grad():
            print(epoch, loss.item(), model(poses[:1]).norm().item())


if __name__ == "__main__":
    main()
