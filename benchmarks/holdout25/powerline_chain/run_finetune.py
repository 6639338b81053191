# expect: crash
"""Power-line fault localisation: adapt per-phase adapters and heads on a new substation."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402

from gridfault import FaultLocator, adapt  # noqa: E402

torch.manual_seed(19)
model = FaultLocator(phases=3, hidden=8)
waves = torch.randn(4, 16, 3)
segment = torch.randint(0, 5, (4,))
print(adapt(model, waves, segment, steps=2))
