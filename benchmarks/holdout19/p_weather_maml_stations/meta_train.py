# expect: crash
"""Second-order MAML over weather stations: each station is a task, the GRU forecaster is the learner."""
import torch

from wxmeta import StationForecaster, meta_train_step, sample_station_task

if __name__ == "__main__":
    torch.manual_seed(0)
    model = StationForecaster()
    meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for it in range(2):
        tasks = [sample_station_task() for _ in range(2)]
        print(it, meta_train_step(model, meta_opt, tasks))
