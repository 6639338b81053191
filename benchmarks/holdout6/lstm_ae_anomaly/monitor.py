# expect: crash
# category: anomaly
"""Sensor monitoring job: fit on normal history, calibrate, then alternate scoring and online updates."""
import torch
from anomaly.model import RecurrentAutoencoder
from anomaly.detector import AnomalyDetector

torch.manual_seed(0)
SEQ_LEN, N_FEATURES = 10, 3

normal = torch.randn(16, SEQ_LEN, N_FEATURES) * 0.3
val = torch.randn(8, SEQ_LEN, N_FEATURES) * 0.3
detector = AnomalyDetector(RecurrentAutoencoder(SEQ_LEN, N_FEATURES))
detector.fit(normal)
print("threshold", round(detector.calibrate(val), 3))

for hour in range(2):
    incoming = torch.randn(6, SEQ_LEN, N_FEATURES) * (0.3 if hour == 0 else 1.5)
    flags = detector.score(incoming)
    print(f"hour {hour}: {int(flags.sum())} anomalous windows")
    detector.update(incoming[~flags])
