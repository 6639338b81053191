import argparse

import torch

from dronefc import OnlineUpdater, load_pretrained


def parse(argv=None):
    ap = argparse.ArgumentParser(prog="dronefc-forecast")
    ap.add_argument("--online-steps", type=int, default=1)
    ap.add_argument("--lr", type=float, default=1e-3)
    return ap.parse_args(argv)


def main(argv=None):
    args = parse(argv)
    torch.manual_seed(35)
    model = load_pretrained()
    updater = OnlineUpdater(model, lr=args.lr)
    track = torch.cumsum(0.1 * torch.randn(1, 12, 3), 1)
    for t in range(args.online_steps):
        window, target = track[:, t:t + 8], track[:, t + 8]
        print("online step", t, "err", round(updater.observe(window, target), 5))


if __name__ == "__main__":
    main()
