import torch


class TimeSeries:
    def __init__(self, values):
        self.values = torch.as_tensor(values, dtype=torch.float32)

    def __len__(self):
        return len(self.values)

    def split_after(self, idx):
        return TimeSeries(self.values[:idx]), TimeSeries(self.values[idx:])

    def slice_until(self, idx):
        return TimeSeries(self.values[:idx])

    def append_values(self, vals):
        return TimeSeries(torch.cat([self.values, torch.as_tensor(vals)]))
