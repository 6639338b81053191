# expect: crash
"""Solar flare prediction: average members trained from different seeds, then fine-tune the average."""
import torch

from flare import FlareLSTM, average_members, finetune, train_member


def main():
    data = [(torch.randn(4, 10, 6), torch.randint(0, 2, (4,)).float()) for _ in range(2)]
    members = [train_member(FlareLSTM, seed, data) for seed in (0, 1, 2)]
    avg = average_members(members, data)
    print("fine-tuned loss", finetune(avg, data))


if __name__ == "__main__":
    main()
