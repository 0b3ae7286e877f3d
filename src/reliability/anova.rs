//! Mean squares of the one-way and two-way (no replication) ANOVA behind the ICCs.

/// Mean squares and degrees of freedom of an n x k complete table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MeanSquares {
    /// Number of units (rows).
    pub n: usize,
    /// Number of raters (columns).
    pub k: usize,
    /// Between-units mean square (MSR, Shrout & Fleiss's BMS).
    pub ms_rows: f64,
    /// Between-raters mean square (MSC, JMS).
    pub ms_cols: f64,
    /// Residual mean square of the two-way model (MSE, EMS).
    pub ms_error: f64,
    /// Within-units mean square of the one-way model (MSW, WMS).
    pub ms_within: f64,
    /// Total sum of squares, zero exactly when every rating is the same.
    pub ss_total: f64,
}

impl MeanSquares {
    /// Degrees of freedom between units, n - 1.
    pub fn df_rows(&self) -> usize {
        self.n - 1
    }

    /// Degrees of freedom of the residual, (n - 1)(k - 1).
    pub fn df_error(&self) -> usize {
        (self.n - 1) * (self.k - 1)
    }

    /// Degrees of freedom within units, n(k - 1).
    pub fn df_within(&self) -> usize {
        self.n * (self.k - 1)
    }
}

/// Mean squares of complete rows; `None` unless there are at least 2 rows, 2 columns and
/// every row has the same length.
pub fn mean_squares(rows: &[Vec<f64>]) -> Option<MeanSquares> {
    let n = rows.len();
    let k = rows.first()?.len();
    if n < 2 || k < 2 || rows.iter().any(|r| r.len() != k) {
        return None;
    }
    let (nf, kf) = (n as f64, k as f64);
    let row_means: Vec<f64> = rows.iter().map(|r| r.iter().sum::<f64>() / kf).collect();
    let col_means: Vec<f64> = (0..k)
        .map(|j| rows.iter().map(|r| r[j]).sum::<f64>() / nf)
        .collect();
    let grand = row_means.iter().sum::<f64>() / nf;

    let ss_rows = kf * row_means.iter().map(|m| (m - grand).powi(2)).sum::<f64>();
    let ss_cols = nf * col_means.iter().map(|m| (m - grand).powi(2)).sum::<f64>();
    // Residuals are summed directly rather than as SST - SSR - SSC, which can go
    // slightly negative through cancellation.
    let mut ss_error = 0.0;
    let mut ss_within = 0.0;
    let mut ss_total = 0.0;
    for (row, row_mean) in rows.iter().zip(&row_means) {
        for (x, col_mean) in row.iter().zip(&col_means) {
            ss_error += (x - row_mean - col_mean + grand).powi(2);
            ss_within += (x - row_mean).powi(2);
            ss_total += (x - grand).powi(2);
        }
    }
    Some(MeanSquares {
        n,
        k,
        ms_rows: ss_rows / (nf - 1.0),
        ms_cols: ss_cols / (kf - 1.0),
        ms_error: ss_error / ((nf - 1.0) * (kf - 1.0)),
        ms_within: ss_within / (nf * (kf - 1.0)),
        ss_total,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Shrout & Fleiss (1979) Table 2 and its published ANOVA (their Table 3).
    #[test]
    fn shrout_fleiss_1979_mean_squares() {
        let rows = vec![
            vec![9.0, 2.0, 5.0, 8.0],
            vec![6.0, 1.0, 3.0, 2.0],
            vec![8.0, 4.0, 6.0, 8.0],
            vec![7.0, 1.0, 2.0, 6.0],
            vec![10.0, 5.0, 6.0, 9.0],
            vec![6.0, 2.0, 4.0, 7.0],
        ];
        let ms = mean_squares(&rows).unwrap();
        assert!((ms.ms_rows - 11.24).abs() < 0.005);
        assert!((ms.ms_within - 6.26).abs() < 0.005);
        assert!((ms.ms_cols - 32.49).abs() < 0.005);
        assert!((ms.ms_error - 1.02).abs() < 0.005);
        assert_eq!((ms.df_rows(), ms.df_error(), ms.df_within()), (5, 15, 18));
    }

    #[test]
    fn too_small_or_ragged_tables_have_no_mean_squares() {
        assert!(mean_squares(&[]).is_none());
        assert!(mean_squares(&[vec![1.0, 2.0]]).is_none());
        assert!(mean_squares(&[vec![1.0], vec![2.0]]).is_none());
        assert!(mean_squares(&[vec![1.0, 2.0], vec![2.0]]).is_none());
    }
}
