# expect: clean
import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from grinder import adapt_step, build_model, calibrate  # noqa: E402


def parse(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="cell", choices=["lstm", "cell"])
    ap.add_argument("--steps", type=int, default=3)
    return ap.parse_args(argv)


def main(argv):
    args = parse(argv)
    torch.manual_seed(1)
    model = build_model(args.arch, hidden=8)
    mu, sd = calibrate(model, torch.randn(8, 6, 3))
    opt = torch.optim.SGD(model.parameters(), lr=1e-2)
    shifted = torch.randn(8, 6, 3) + 0.5
    for _ in range(args.steps):
        loss = adapt_step(model, opt, shifted, mu)
    print(f"calibrated mu={mu:.3f} sd={sd:.3f} adapt loss={loss:.5f}")


if __name__ == "__main__":
    main(sys.argv[1:])
