# expect: clean
"""The handlers a helper of the package registers (`attach_handlers(runner, ...)` defining
`@runner.on(...)` handlers inside it) live in the runner's table, each under its event: the spot
check's eval mode is undone by the handler of the next iteration's start, before its forward."""
import torch

from kilnrun import KilnNet, Runner, attach_handlers

torch.manual_seed(0)
model = KilnNet()
runner = Runner(model, torch.optim.Adam(model.parameters(), lr=1e-2))
attach_handlers(runner, val_batch=(torch.randn(3, 10, 5), torch.randn(3, 1)))
data = [(torch.randn(3, 10, 5), torch.randn(3, 1)) for _ in range(4)]
runner.run(data, epochs=2)
