# expect: crash
"""Wind-turbine icing detection; post-training plugins are discovered through importlib.metadata entry points."""
import os
import sys
from importlib.metadata import entry_points

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "site"))
sys.path.insert(0, HERE)

import torch  # noqa: E402
from icing.model import IcingDetector, fit  # noqa: E402


def load_plugins(group="icing.post_train"):
    eps = sorted(entry_points(group=group), key=lambda e: e.name)
    return {ep.name: ep.load() for ep in eps}


def main():
    torch.manual_seed(2)
    x, y = torch.randn(6, 14, 5), torch.randint(0, 2, (6,))
    model = IcingDetector()
    fit(model, x, y)
    for name, plugin in load_plugins().items():
        print(name, plugin()(model, x, y))


if __name__ == "__main__":
    main()
