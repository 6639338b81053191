# expect: clean
import torch

from tack import GirthSensorNet, run_epochs

if __name__ == "__main__":
    torch.manual_seed(16)
    batches = [(torch.randint(0, 16, (4, 7)), torch.randint(0, 3, (4,))) for _ in range(3)]
    run_epochs(GirthSensorNet(), batches)
