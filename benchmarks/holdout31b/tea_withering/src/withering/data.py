import torch


def make_logs(n, hours=12):
    airflow = torch.rand(n, hours, 1)
    temp = 25 + 3 * torch.randn(n, hours, 1)
    rh = torch.rand(n, hours, 1)
    loss_rate = 0.02 * airflow[..., 0] * (temp[..., 0] - 20) * (1 - rh[..., 0])
    moisture = 0.78 - loss_rate.sum(1)
    x = torch.cat([airflow, (temp - 25) / 3, rh], -1)
    return x, moisture
