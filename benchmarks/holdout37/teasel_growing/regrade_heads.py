# expect: crash
"""Train the teasel-head grader with online hard-example mining, starting from last season's weights."""
import torch

from teasel import HardExampleMiner, HeadGrader, load_for_inference


def batches(n, size=8):
    for _ in range(n):
        yield torch.randn(size, 9, 2), torch.randint(0, 2, (size,))


def main():
    torch.manual_seed(3)
    last_season = HeadGrader().state_dict()
    model = load_for_inference(last_season)
    miner = HardExampleMiner(model, torch.optim.Adam(model.parameters(), lr=5e-3))
    for step, (x, y) in enumerate(batches(4)):
        print(step, round(miner.train_step(x, y), 4))


if __name__ == "__main__":
    main()
