//! What the page says when stored data could not be read in full: what it was, why, and whether a copy is kept.

use std::fmt;

use crate::schema::Problem;

/// Stored data that could not be read in full, said to the user: what it was, why, and whether a copy is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovery {
    pub what: Unread,
    pub problem: Problem,
    /// Whether the text was copied aside verbatim (and read back).
    pub backed_up: bool,
}

/// Which stored data could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unread {
    /// The saved scenarios; `kept` of them could be read and are in the list.
    Library { kept: usize },
    /// The inputs kept from the last visit.
    Draft,
}

impl fmt::Display for Recovery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let copy = if self.backed_up {
            "A copy of it is kept unchanged in this browser."
        } else {
            "It could not be copied aside, so nothing will be saved over it: download it first."
        };
        match self.what {
            Unread::Library { kept } => {
                write!(f, "Some saved data could not be read: {}. {copy} ", self.problem)?;
                match kept {
                    0 => f.write_str("The list starts empty."),
                    1 => f.write_str("The 1 scenario that could be read is in the list."),
                    n => write!(f, "The {n} scenarios that could be read are in the list."),
                }
            }
            Unread::Draft => write!(
                f,
                "The inputs kept from your last visit could not be read: {}. {copy} The calculator starts from the example.",
                self.problem
            ),
        }
    }
}
