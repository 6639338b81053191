# expect: crash
"""LSTM autoencoder anomaly detection: fit on normal windows, calibrate a threshold, adapt online."""
import torch

from autoencoder import LSTMAutoencoder
from detector import Detector
from stream import sensor_stream

torch.manual_seed(50)


def main():
    ae = LSTMAutoencoder(n_features=3, hidden=6)
    det = Detector(ae, lr=1e-3)
    det.fit(sensor_stream(4, anomalous=False), epochs=2)
    det.calibrate(sensor_stream(2, anomalous=False), quantile=0.95)
    for i, window in enumerate(sensor_stream(3, anomalous=True)):
        flag = det.score(window) > det.threshold
        if not flag.any():
            det.adapt(window)
        print(i, flag.tolist())
    print("done")


if __name__ == "__main__":
    main()
